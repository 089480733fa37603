import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(() => app.stop());

type RouteLayer = { path: string; methods: string[] };

/** Writes the public makes by design: the intake form (rate-limited, token-checked, tested in intake.test.ts). */
const PUBLIC_BY_DESIGN = ['POST /api/readiness-intake/submissions'];

/** Every content-API route that can change something, with its parameters filled in. */
const contentApiWriteRoutes = () =>
  (app.strapi.server.listRoutes() as RouteLayer[])
    .filter((layer) => layer.path.startsWith('/api/'))
    .flatMap((layer) =>
      layer.methods
        .filter((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
        .map((method) => ({ method, path: layer.path.replace(/:\w+/g, 'x').replace('(.*)', 'x') }))
    )
    .filter(({ method, path }) => !PUBLIC_BY_DESIGN.includes(`${method} ${path}`));

describe('the Public role', () => {
  it.each(['/api/articles', '/api/authors', '/api/offices', '/api/related-links', '/api/site-setting'])(
    'can read %s',
    async (path) => {
      const response = await app.http().get(path);
      // An empty single type answers 404, which is a read, not a refusal.
      expect([200, 404]).toContain(response.status);
    }
  );

  it('can list the content locales, the first of CONTENT_LOCALES marked as the default', async () => {
    const response = await app.http().get('/api/i18n/locales');
    expect(response.status).toBe(200);
    const codes = (response.body as Array<{ code: string; isDefault: boolean }>).map((locale) => locale.code);
    expect(codes).toEqual(expect.arrayContaining(['en', 'da', 'id']));
    expect(response.body.find((locale: { isDefault: boolean }) => locale.isDefault)?.code).toBe('en');
  });

  it('gets a 503, not a 401, when users-permissions failed on the database and it came back just after', async () => {
    // users-permissions swallows a database error as "not authenticated"; the database probe
    // strategy then finds the database answering again (the end of an outage).
    const permissions = app.strapi.plugin('users-permissions').service('permission');
    const findPublicPermissions = permissions.findPublicPermissions;
    let calls = 0;
    permissions.findPublicPermissions = async (...args: unknown[]) => {
      calls += 1;
      if (calls === 1) throw new Error('Connection terminated unexpectedly');
      return findPublicPermissions.apply(permissions, args);
    };
    try {
      const response = await app.http().get('/api/offices?sort=city');
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toEqual(expect.any(String));
      expect(response.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
      expect(calls).toBe(2);
    } finally {
      permissions.findPublicPermissions = findPublicPermissions;
    }
    expect((await app.http().get('/api/offices?sort=city')).status).toBe(200);
  });

  it('gets 403 on every write route of the content API, and nothing is stored', async () => {
    const routes = contentApiWriteRoutes();
    // The four collection types' create/update/delete, the single type's update/delete, and
    // the plugins' routes (users-permissions, upload, email) at the very least.
    expect(routes.length).toBeGreaterThan(20);

    const refusals = [];
    for (const { method, path } of routes) {
      const response = await app
        .http()
        [method.toLowerCase() as 'post'](path)
        .send({ data: { title: 'x', name: 'x' } });
      refusals.push({ route: `${method} ${path}`, status: response.status, name: response.body?.error?.name });
    }
    expect(refusals.filter((refusal) => refusal.status !== 403)).toEqual([]);
    expect(refusals.every((refusal) => refusal.name === 'ForbiddenError')).toBe(true);

    for (const uid of [
      'api::article.article',
      'api::author.author',
      'api::office.office',
      'api::related-link.related-link',
    ] as const) {
      expect(await app.strapi.db.query(uid).count()).toBe(0);
    }
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  it('cannot sign up: registration is off and its permission revoked on a new database', async () => {
    const response = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'someone', email: 'someone@example.com', password: 'Passw0rd-long' });
    expect(response.status).toBe(403);
    const advanced = await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' });
    expect(advanced).toMatchObject({ allow_register: false });
  });
});

type IntrospectedType = {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
};
type IntrospectedField = { name: string; args: Array<{ name: string; type: IntrospectedType }> };
type InputTypeInfo = {
  name: string;
  kind: string;
  inputFields: Array<{ name: string; type: IntrospectedType }> | null;
  enumValues: Array<{ name: string }> | null;
};

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

describe('GraphQL for the Public role', () => {
  let mutations: IntrospectedField[];
  let types: Map<string, InputTypeInfo>;

  beforeAll(async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({
        query: `{ __schema {
          mutationType { fields { name args { name type { ${TYPE_REF} } } } }
          types { name kind enumValues { name } inputFields { name type { ${TYPE_REF} } } }
        } }`,
      })
      .expect(200);
    mutations = response.body.data.__schema.mutationType.fields;
    types = new Map(response.body.data.__schema.types.map((type: InputTypeInfo) => [type.name, type]));
  });

  /** The smallest value GraphQL validation accepts for a type, so the resolver's auth check is what answers. */
  const sampleValue = (type: IntrospectedType, depth = 0): unknown => {
    if (type.kind === 'NON_NULL') return sampleValue(type.ofType!, depth);
    if (type.kind === 'LIST') return [];
    const named = types.get(type.name!)!;
    if (named.kind === 'ENUM') return named.enumValues![0].name;
    if (named.kind === 'INPUT_OBJECT') {
      const required = (named.inputFields ?? []).filter((field) => field.type.kind === 'NON_NULL');
      return Object.fromEntries(required.map((field) => [field.name, depth > 4 ? null : sampleValue(field.type, depth + 1)]));
    }
    return { Int: 1, Float: 1, Boolean: true, Long: 1 }[type.name!] ?? 'x';
  };

  const typeName = (type: IntrospectedType): string =>
    type.kind === 'NON_NULL' ? `${typeName(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeName(type.ofType!)}]` : type.name!;

  it('is refused on every mutation, with FORBIDDEN', async () => {
    expect(mutations.map((mutation) => mutation.name)).toEqual(
      expect.arrayContaining(['createArticle', 'updateArticle', 'deleteArticle', 'updateSiteSetting', 'register'])
    );

    const answers = [];
    for (const mutation of mutations) {
      const args = mutation.args.filter((arg) => arg.type.kind === 'NON_NULL');
      const signature = args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
      const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const variables = Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)]));
      const query = `mutation${signature ? `(${signature})` : ''} { ${mutation.name}${call ? `(${call})` : ''} { __typename } }`;
      const response = await app.http().post('/graphql').send({ query, variables });
      answers.push({
        mutation: mutation.name,
        code: response.body.errors?.[0]?.extensions?.code,
        message: response.body.errors?.[0]?.message,
      });
    }
    expect(answers.filter((answer) => answer.code !== 'FORBIDDEN')).toEqual([]);
  });

  it('enforces the depth limit', async () => {
    const response = await app.http().post('/graphql').send({
      query: '{ articles { author { articles { author { articles { author { articles { author { name } } } } } } } } }',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  it('caps a page at the max limit', async () => {
    const response = await app.http().post('/graphql').send({ query: '{ articles(pagination: { limit: 1000 }) { slug } }' });
    expect(response.body.errors).toBeUndefined();
    const rest = await app.http().get('/api/articles').query('pagination[pageSize]=1000').expect(200);
    expect(rest.body.meta.pagination.pageSize).toBe(100);
  });
});
