/**
 * At cold start, fills in SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET from SSM Parameter Store (SecureString, read with
 * decryption) when the environment names a parameter instead of holding the value. A value set directly in the
 * environment wins. Secrets Manager secrets are read the same way through their Parameter Store reference,
 * `/aws/reference/secretsmanager/<secret-name>`.
 */

type Env = Record<string, string | undefined>;

const SECRETS = [
  { variable: 'SLACK_BOT_TOKEN', parameter: 'SLACK_BOT_TOKEN_PARAMETER' },
  { variable: 'SLACK_SIGNING_SECRET', parameter: 'SLACK_SIGNING_SECRET_PARAMETER' },
] as const;

export class SecretLoadError extends Error {
  override name = 'SecretLoadError';
}

/** Returns a copy of `env` with the missing secrets read from their parameters; `env` itself is left untouched. */
export async function withSecretsFromParameters(env: Env): Promise<Env> {
  const wanted = SECRETS.filter((s) => !env[s.variable]?.trim() && env[s.parameter]?.trim());
  if (wanted.length === 0) return env;
  const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
  const ssm = new SSMClient({});
  const values = await Promise.all(
    wanted.map(async ({ variable, parameter }) => {
      const name = env[parameter]?.trim() as string;
      try {
        const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
        if (!Parameter?.Value) throw new Error('the parameter has no value');
        return [variable, Parameter.Value] as const;
      } catch (error) {
        // The parameter's name is safe to show; the value never is (it is not in any error the SDK raises).
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        throw new SecretLoadError(`${variable} could not be read from SSM parameter ${name} (${parameter}): ${why}`);
      }
    }),
  );
  ssm.destroy();
  return { ...env, ...Object.fromEntries(values) };
}
