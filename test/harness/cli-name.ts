/** botocore's xform_name: how the AWS CLI turns an operation or member name into a subcommand or option. */
export function cliName(name: string): string {
  const plural = name.match(/[A-Z]{2,}s$/)?.[0];
  const base = plural ? `${name.slice(0, -plural.length)}-${plural.toLowerCase()}` : name;
  return base
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
