export default {
  displayName: 'api-taxonomy',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
