export default {
  displayName: 'connectors-core',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
