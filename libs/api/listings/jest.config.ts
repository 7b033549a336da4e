export default {
  displayName: 'api-listings',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
