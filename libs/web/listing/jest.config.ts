export default {
  displayName: 'web-listing',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
