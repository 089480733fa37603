import {
  GraphQLError,
  Kind,
  KnownFragmentNamesRule,
  OperationTypeNode,
  NoFragmentCyclesRule,
  buildSchema,
  parse,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FloatValueNode,
  type IntValueNode,
  type GraphQLFormattedError,
} from 'graphql';

import { dottedNotation, findUnstorable } from '../input/storable';

export type GraphqlRequest = { query?: unknown; variables?: unknown; operationName?: unknown };

/** A schema with nothing in it: the two rules run here read fragments only, never types. */
const NO_TYPES = buildSchema('type Query { _: Boolean }');

const refusal = (message: string, code: string, node?: ASTNode): GraphQLFormattedError => {
  const error = new GraphQLError(message, { nodes: node, extensions: { code } });
  return error.toJSON();
};

/** The first literal in the document the database could not compare with: a NUL or lone surrogate in a string, a number past the float range. */
const unstorableLiteral = (document: DocumentNode): GraphQLFormattedError | null => {
  let found: GraphQLFormattedError | null = null;
  const numberPastRange = (node: IntValueNode | FloatValueNode) => {
    if (!found && !Number.isFinite(Number(node.value)))
      found = refusal(`The number ${node.value} is past the float range`, 'BAD_USER_INPUT', node);
  };
  visit(document, {
    StringValue(node) {
      const problem = findUnstorable(node.value);
      if (problem && !found) found = refusal(`A string argument ${problem.reason}`, 'BAD_USER_INPUT', node);
    },
    IntValue: numberPastRange,
    FloatValue: numberPastRange,
  });
  return found;
};

/**
 * graphql-depth-limit spreads each selection set into `Math.max(...)`, which throws past
 * about 120,000 arguments; a 1 MB body holds 500,000 one-letter fields. No query a site
 * sends comes near this many fields in one selection.
 */
export const MAX_SELECTIONS = 10_000;

const tooWideSelection = (document: DocumentNode): GraphQLFormattedError | null => {
  let found: GraphQLFormattedError | null = null;
  visit(document, {
    SelectionSet(node) {
      if (!found && node.selections.length > MAX_SELECTIONS) {
        found = refusal(
          `A selection set has ${node.selections.length} fields, more than ${MAX_SELECTIONS}`,
          'GRAPHQL_VALIDATION_FAILED',
          node
        );
      }
    },
  });
  return found;
};

/**
 * The operation the request would run is a subscription, which Strapi's schema has no type
 * for (the GraphQL plugin builds queries and mutations only): Apollo answers that with an
 * error coded INTERNAL_SERVER_ERROR, a 500 in a 200. The operation run is the one named by
 * `operationName`, or the document's only one.
 */
const subscriptionOperation = (document: DocumentNode, operationName: unknown): GraphQLFormattedError | null => {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen =
    typeof operationName === 'string' && operationName !== ''
      ? operations.find((operation) => operation.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (chosen?.operation !== OperationTypeNode.SUBSCRIPTION) return null;
  return refusal('This API has no subscriptions: send a query or a mutation', 'GRAPHQL_VALIDATION_FAILED', chosen);
};

const variablesOf = (variables: unknown): { ok: true; value: unknown } | { ok: false } => {
  if (typeof variables !== 'string') return { ok: true, value: variables };
  try {
    return { ok: true, value: JSON.parse(variables) };
  } catch {
    return { ok: false };
  }
};

/**
 * GraphQL errors for a request the GraphQL plugin would otherwise answer with a 500, or
 * null to let it answer. Its depth limit (graphql-depth-limit) walks fragment spreads as
 * the validation starts, before graphql-js's own rules report anything: a spread of an
 * unknown fragment throws a TypeError, and fragments that spread each other with no field
 * between recurse until the stack overflows. graphql-js's KnownFragmentNamesRule and
 * NoFragmentCyclesRule, run here first, give the errors the server would have given
 * without that rule. A selection set too wide for that rule to count is refused, and so
 * are strings and numbers in the document and the variables the database cannot compare
 * with (see findUnstorable), and so is a subscription. A request that does not parse is left to the server, which
 * says why.
 */
export const graphqlRequestErrors = (request: GraphqlRequest): GraphQLFormattedError[] | null => {
  if (typeof request.query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch {
    return null;
  }
  const fragmentErrors = validate(NO_TYPES, document, [KnownFragmentNamesRule, NoFragmentCyclesRule]);
  if (fragmentErrors.length > 0) {
    return fragmentErrors.map((error) => ({ ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  const wide = tooWideSelection(document);
  if (wide) return [wide];
  const subscription = subscriptionOperation(document, request.operationName);
  if (subscription) return [subscription];
  const literal = unstorableLiteral(document);
  if (literal) return [literal];
  const variables = variablesOf(request.variables);
  const problem = variables.ok ? findUnstorable(variables.value, ['variables']) : null;
  if (problem) return [refusal(`${dottedNotation(problem.path)} ${problem.reason}`, 'BAD_USER_INPUT')];
  return null;
};
