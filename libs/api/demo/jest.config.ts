export default {
  displayName: 'api-demo',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
