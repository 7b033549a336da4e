import { describeQueueError } from './job-queue';

describe('describeQueueError', () => {
  it('logs an error by its message, code and stack, without the pg client it carries', () => {
    const error = Object.assign(new Error('relation "pgboss.job" does not exist'), {
      code: '42P01',
      client: { connectionParameters: { user: 'postgres' }, _types: { builtins: {} } },
    });
    const { level, fields, message } = describeQueueError(error);
    expect(level).toBe('error');
    expect(message).toBe('Job queue error');
    expect(fields).toEqual({
      err: { message: 'relation "pgboss.job" does not exist', code: '42P01', stack: error.stack },
    });
  });

  it('warns, without a stack, when PostgreSQL ends the connection because it shuts down', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(describeQueueError(error)).toEqual({
      level: 'warn',
      fields: {
        err: { message: 'terminating connection due to administrator command', code: '57P01' },
      },
      message: 'Job queue connection closed by PostgreSQL (shutting down)',
    });
  });

  it('keeps an error without a code as it is', () => {
    const error = new Error('boom');
    delete error.stack;
    expect(describeQueueError(error)).toEqual({
      level: 'error',
      fields: { err: { message: 'boom' } },
      message: 'Job queue error',
    });
  });
});
