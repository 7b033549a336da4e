export default {
  displayName: 'web-search',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
