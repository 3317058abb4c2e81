/** Every user pool of one account in one region, for a `*` watch (cognito-idp ListUserPools, paginated). */
import {
  type CognitoIdentityProviderClient,
  ListUserPoolsCommand,
  type ListUserPoolsResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { type CallContext, service } from '../checks/aws/call';
import { paginate } from '../checks/collect/paging';
import type { Outcome } from '../checks/facts';

/** ListUserPools' largest page. */
const PAGE = 60;

export async function listPools(ctx: CallContext, cognito: CognitoIdentityProviderClient): Promise<Outcome<string[]>> {
  const read = service(ctx, 'cognito-idp', cognito);
  return paginate((NextToken) =>
    read(new ListUserPoolsCommand({ MaxResults: PAGE, NextToken }), (o: ListUserPoolsResponse) => ({
      items: (o.UserPools ?? []).flatMap((p) => (p.Id ? [p.Id] : [])),
      next: o.NextToken,
    })),
  );
}
