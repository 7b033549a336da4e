export default {
  displayName: 'connectors-tabular',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
