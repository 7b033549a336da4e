export default {
  displayName: 'api-ingest',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
