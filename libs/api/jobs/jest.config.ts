export default {
  displayName: 'api-jobs',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
