export default {
  displayName: 'web-ui',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
