import nock from 'nock';

// No test may reach the network; a test that starts its own server enables loopback itself.
nock.disableNetConnect();

afterEach(() => {
  nock.cleanAll();
});
