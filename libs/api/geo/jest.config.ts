export default {
  displayName: 'api-geo',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
