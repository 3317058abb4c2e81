import nock from 'nock';
import { releaseCaptures } from './harness/capture';

// The AWS SDK warns once per process that its 2027 releases need Node 22; the suite runs on Node 20 on purpose
// (the oldest Node the app supports). Tests only: users on Node 20 still get the warning.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// No test may reach the network; a test that starts its own server enables loopback itself.
nock.disableNetConnect();

// A delayed reply the code under test gave up on (a timeout test) must not keep its timer past the test: it would
// hold jest open after the run.
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
  releaseCaptures();
});

// Each test file loads its own nock; the previous file's interceptor must let go of Node's http, or it answers
// (with "Disallowed net connect") for the next file when jest runs files in one process.
afterAll(() => {
  nock.restore();
});
