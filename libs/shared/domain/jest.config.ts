export default {
  displayName: 'shared-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
