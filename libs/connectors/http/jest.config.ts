export default {
  displayName: 'connectors-http',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
