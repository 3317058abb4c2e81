import nock from 'nock';

// No test may reach the network; a test that starts its own server enables loopback itself.
nock.disableNetConnect();

afterEach(() => {
  nock.cleanAll();
});

// Each test file loads its own nock; the previous file's interceptor must let go of Node's http, or it answers
// (with "Disallowed net connect") for the next file when jest runs files in one process.
afterAll(() => {
  nock.restore();
});
