import type { TypedApp } from '../../../platform/http/typed-app.js';
import type { Db } from '../../../platform/db/database.js';
import { publicRepairBoard } from './public-board.js';
import { BoardParams, PublicBoard } from './public-board.schemas.js';

/** 报修公示 without login. A TV in the hall may poll it: a minute of caching costs nobody anything. */
export function publicBoardRoutes(app: TypedApp, db: Db): void {
  app.get('/public/repair-board/:schoolCode', {
    schema: { tags: ['维修报表'], summary: '报修公示（无需登录；学校开启后才有，报修人姓名已打码）', params: BoardParams, response: { 200: PublicBoard } },
  }, async (req, reply) => {
    const board = await publicRepairBoard(db.kysely, req.params.schoolCode);
    void reply.header('cache-control', 'public, max-age=60');
    return board;
  });
}
