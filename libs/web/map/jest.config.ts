export default {
  displayName: 'web-map',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
