export default {
  displayName: 'api-dedup',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
