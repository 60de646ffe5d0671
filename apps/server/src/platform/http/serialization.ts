import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';

/**
 * Response serializers, built on a route's first response rather than at start-up (see the
 * validator compiler for why). Same library and output as Fastify's default.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  let stringify: ((data: unknown) => string) | undefined;
  return (data: unknown) => {
    stringify ??= fastJsonStringify(schema as Parameters<typeof fastJsonStringify>[0]) as (data: unknown) => string;
    return stringify(data);
  };
};
