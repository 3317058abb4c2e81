/** The SMS sending account's SNS settings in the pool's SMS region (sns): sandbox, sandbox numbers, spend limit. */
import {
  GetSMSAttributesCommand,
  type GetSMSAttributesResponse,
  GetSMSSandboxAccountStatusCommand,
  type GetSMSSandboxAccountStatusResult,
  ListSMSSandboxPhoneNumbersCommand,
  type ListSMSSandboxPhoneNumbersResult,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { type CallContext, service } from '../aws/call';
import type { SnsFacts } from '../facts';
import { maskPhone } from '../mask';
import { paginate } from './paging';

export async function collectSns(input: {
  ctx: CallContext;
  /** The client of the SMS region, which may differ from the pool's. */
  sns: SNSClient;
  region: string;
  regionSource: SnsFacts['regionSource'];
}): Promise<Omit<SnsFacts, 'spend'>> {
  const { region, regionSource } = input;
  const sns = service(input.ctx, 'sns', input.sns);
  const [sandbox, sandboxNumbers, attributes] = await Promise.all([
    sns(new GetSMSSandboxAccountStatusCommand({}), (o: GetSMSSandboxAccountStatusResult) => Boolean(o.IsInSandbox)),
    paginate((NextToken) =>
      sns(new ListSMSSandboxPhoneNumbersCommand({ NextToken }), (o: ListSMSSandboxPhoneNumbersResult) => ({
        items: (o.PhoneNumbers ?? []).map((n) => ({
          phoneNumber: maskPhone(n.PhoneNumber ?? ''),
          status: n.Status ?? 'Unknown',
        })),
        next: o.NextToken,
      })),
    ),
    sns(
      new GetSMSAttributesCommand({ attributes: ['MonthlySpendLimit'] }),
      (o: GetSMSAttributesResponse) => o.attributes ?? {},
    ),
  ]);
  return { region, regionSource, sandbox, sandboxNumbers, attributes };
}
