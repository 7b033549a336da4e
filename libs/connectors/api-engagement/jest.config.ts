export default {
  displayName: 'connectors-api-engagement',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
