import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';
import { errors, langOf, type Lang } from './errors';
import { errorResponse, json, route } from './handler';
import { idempotencyKeyOf } from './idempotency';
import { parseBody, parseQuery } from './query';
import { parseParams } from './params';
import { MAX_BODY_BYTES } from './guard';
import { ORIGINAL_METHOD_HEADER } from './server-guard';

/** SPEC §12: one pipeline for every /api/v1 operation. A route file declares each method it
 *  serves with `operation()` and answers every other method with `otherMethods()`:
 *
 *    export const GET = operation({ method: 'GET', path: '/regions', query: regionsQuery },
 *      ({ actor, query }) => listRegions(actor, query));
 *    export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
 *
 *  In order: a write from another origin is 403, a body that is not JSON 415, one over the cap
 *  413 before it is read in full (`route()`); an anonymous operation's rate `limit` (429); then
 *  the caller is authenticated (401/403), the query, the Idempotency-Key, the body and the path
 *  parameters are checked with the operation's zod schemas (422 with `fields`, 400 broken JSON
 *  or a bad key, a malformed path 404 or 422 as its schema in ./params.ts says; an operation
 *  that declares `authorize` has its body judged after the path and that check); the
 *  handler (one domain function, which authorizes) gets typed input; whatever it throws is
 *  mapped to the error shape of §8. The OpenAPI document is built from these specs
 *  (./openapi-complete.ts): its summary, operationId, parameters, request and response schemas
 *  are the ones declared here. */

export type ParamsOf<P> = P extends z.ZodType ? z.infer<P> : Record<string, string>;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Auth = 'user' | 'anonymous' | 'passwordChange';

export interface OperationSpec<
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  A extends Auth,
  P extends z.ZodType | undefined = undefined,
> {
  method: Method;
  /** The path under /api/v1 in OpenAPI's form: `/stock/{code}/movements`. */
  path: string;
  /** OpenAPI: what the operation does, in one line. */
  summary: string;
  /** OpenAPI: the operationId when not the one made of method and path (`listRequisitions`,
   *  not `getRequisitions`). */
  operationId?: string;
  /** The JSON answer of the plain status (`status`, default 200), or of each 2xx status the
   *  handler answers (`{ 201: … }` where it returns its own Response): the document's response
   *  schema (zod 4's JSON Schema of it, as the server sends it). Objects in it are loose (a
   *  field added later is not a breaking change). A text/event-stream route declares none. */
  output?: z.ZodType | { [status: number]: z.ZodType };
  /** `user` (default): a signed-in user who has no temporary password left to change. */
  auth?: A;
  /** The path parameters (a `z.object` of the schemas in ./params.ts), checked just before the
   *  handler runs (where a domain function looked its object up first). */
  params?: P;
  /** Path parameters the domain function checks itself after it authorized the caller (as
   *  `domainBody`); documented only. */
  domainParams?: z.ZodType;
  query?: Q;
  /** Validated by the pipeline (422) before the handler runs: after `authorize` where the
   *  operation declares it, so a caller outside its scope learns nothing from the answer. */
  body?: B;
  /** Checks the caller's right to the operation's object once the path parameters are (the
   *  domain function's own check, e.g. `authorizeAllocation`): runs before `body` is judged. */
  authorize?: (input: { actor: A extends 'anonymous' ? null : Actor; params: ParamsOf<P> }) => unknown;
  /** The body schema the domain function itself applies after it authorized the caller (so a
   *  caller outside its scope learns nothing from a validation answer): the handler passes
   *  `req` on; the pipeline only enforces JSON and the size cap. */
  domainBody?: z.ZodType;
  /** A write dated in a month that may be closed (SPEC §14): documents 409 PERIOD_LOCKED (the
   *  domain function refuses it). */
  periodLocked?: boolean;
  /** Reads the `Idempotency-Key` header (SPEC §11) and hands it to the handler. */
  idempotent?: boolean;
  /** The body cap in bytes (default 1 MB). */
  maxBytes?: number;
  /** The status of a plain answer (default 200; a handler may return its own Response). */
  status?: number;
  /** Headers of a plain answer (e.g. the public routes' `Cache-Control`). */
  headers?: Record<string, string>;
  /** Runs first (before authentication): throws an ApiError to refuse, e.g. the public routes'
   *  rate limit (429 with `Retry-After`). */
  limit?: (req: NextRequest) => Promise<void>;
}

export type Out<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface OperationInput<Q, B, A extends Auth, P = Record<string, string>> {
  req: NextRequest;
  actor: A extends 'anonymous' ? null : Actor;
  params: P;
  query: Q;
  body: B;
  idempotencyKey: string | null;
  lang: Lang;
}

export type OperationHandler = ((
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>) & {
  spec: OperationSpec<z.ZodType | undefined, z.ZodType | undefined, Auth, z.ZodType | undefined>;
};

export function operation<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  A extends Auth = 'user',
  P extends z.ZodType | undefined = undefined,
>(
  spec: OperationSpec<Q, B, A, P>,
  handler: (input: OperationInput<Out<Q>, Out<B>, A, ParamsOf<P>>) => Promise<unknown>,
): OperationHandler {
  const run = route<Record<string, string>>(
    async (req, raw) => {
      if (spec.limit) await spec.limit(req);
      const actor =
        spec.auth === 'anonymous' ? null : await requireActor({ allowPasswordChange: spec.auth === 'passwordChange' });
      const query = (spec.query ? parseQuery(req, spec.query) : undefined) as Out<Q>;
      const idempotencyKey = spec.idempotent ? idempotencyKeyOf(req.headers) : null;
      const judgeBody = async () => (spec.body ? await parseBody(req, spec.body) : undefined) as Out<B>;
      let body = spec.authorize ? undefined : await judgeBody();
      // last, where the domain functions checked them before (a handler's first call looks the
      // object up), so the order of the answers is the same as theirs
      const params = (spec.params ? parseParams(spec.params, raw) : raw) as ParamsOf<P>;
      const caller = actor as OperationInput<Out<Q>, Out<B>, A, ParamsOf<P>>['actor'];
      if (spec.authorize) {
        await spec.authorize({ actor: caller, params });
        body = await judgeBody();
      }
      const out = await handler({
        req,
        actor: caller,
        params,
        query,
        body: body as Out<B>,
        idempotencyKey,
        lang: langOf(req.headers.get('accept-language')),
      });
      return out instanceof Response ? out : json(out, { status: spec.status ?? 200, headers: spec.headers });
    },
    { maxBytes: spec.maxBytes ?? MAX_BODY_BYTES },
  );
  return Object.assign(run, { spec: spec as OperationHandler['spec'] });
}

type Served = Partial<Record<Method, unknown>>;
type Plain = (req: NextRequest) => Promise<Response>;

/** The `Allow` value of a route that serves `served` (HEAD with GET; OPTIONS always). */
export function allowOf(served: Served): string {
  const list = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => served[m]);
  return [...list, ...(served.GET ? ['HEAD'] : []), 'OPTIONS'].join(', ');
}

/** Handlers for every method a route does not serve: 405 in the error shape of §8 with `Allow`
 *  (before any other check: a PUT with a text body to a GET route is a 405, not a 415).
 *  OPTIONS answers 204 with `Allow`, or 405 for a TRACE or unknown verb that the server guard
 *  passed on as OPTIONS. HEAD is refused only on a route without GET (Next answers it from GET). */
export function otherMethods(served: Served) {
  const allow = allowOf(served);
  const refuse: Plain = async (req) =>
    errorResponse(
      errors
        .methodNotAllowed(req.headers.get(ORIGINAL_METHOD_HEADER) ?? req.method, allow)
        .withHeaders({ Allow: allow }),
      req,
    );
  const OPTIONS: Plain = async (req) =>
    req.headers.get(ORIGINAL_METHOD_HEADER)
      ? refuse(req)
      : new Response(null, { status: 204, headers: { Allow: allow } });
  return {
    GET: refuse,
    HEAD: served.GET ? undefined : refuse,
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
    OPTIONS,
  };
}
