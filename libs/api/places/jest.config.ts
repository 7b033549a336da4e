export default {
  displayName: 'api-places',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
