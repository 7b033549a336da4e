export default {
  displayName: 'api-search',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
