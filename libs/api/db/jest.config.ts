export default {
  displayName: 'api-db',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
