export default {
  displayName: 'api-runtime',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
