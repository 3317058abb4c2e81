import nock from 'nock';

// No test may reach the network; a test that starts its own server enables loopback itself.
nock.disableNetConnect();

// A delayed reply the code under test gave up on (a timeout test) must not keep its timer past the test: it would
// hold jest open after the run.
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});

// Each test file loads its own nock; the previous file's interceptor must let go of Node's http, or it answers
// (with "Disallowed net connect") for the next file when jest runs files in one process.
afterAll(() => {
  nock.restore();
});
