export default {
  displayName: 'api-partners',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
