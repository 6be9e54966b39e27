import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { sendSchoolReport } from './reports.testing.ts';

let server: TestServer;
type Key = 'teacher' | 'pedagogue' | 'front' | 'leader' | 'caseworker2' | 'admin' | 'dpo';
let c: Record<Key, ApiClient>;
let teacherReportId: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'attachments' });
  const keys: Key[] = ['teacher', 'pedagogue', 'front', 'leader', 'caseworker2', 'admin', 'dpo'];
  c = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)]))) as typeof c;
  teacherReportId = await sendSchoolReport(c.teacher, server.children.inClass.id);
});
afterAll(() => server.close());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 7),
]);
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function upload(client: ApiClient, reportId: string, file: Record<string, unknown>) {
  return client.post(`/api/reports/${reportId}/attachments`, file);
}

/** A raw download: the answer is a file, not JSON, so it is read as bytes. */
async function download(key: UserKey, reportId: string, attachmentId: string) {
  const user = server.users[key];
  const login = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${server.url}/api/reports/${reportId}/attachments/${attachmentId}`, {
    headers: { cookie },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function auditOf(key: UserKey) {
  const res = await c.dpo.get(`/api/audit?user=${server.users[key].username}`);
  return res.body.rows as { action: string; entityType: string; entityId: string | null; outcome: string }[];
}

describe('attaching files to a report', () => {
  it('stores the reporter’s file once, however often it is sent, concurrently too', async () => {
    const note = 'Barnet sagde: "Far slog mig i går."\nNoteret af klasselæreren.';
    const body = { fileName: 'Notat fra lærer.txt', mediaType: 'text/plain', contentBase64: b64(note) };
    const first = await upload(c.teacher, teacherReportId, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      reportId: teacherReportId,
      fileName: 'Notat fra lærer.txt',
      mediaType: 'text/plain',
      mediaTypeLabel: 'Tekst',
      sizeBytes: Buffer.byteLength(note),
      sha256: sha(note),
      uploadedBy: { id: server.users.teacher.id },
      downloadable: false,
    });
    const again = await upload(c.teacher, teacherReportId, { ...body, fileName: 'kopi.txt' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const pdf = { fileName: 'Politiets rapport.pdf', mediaType: 'application/pdf', contentBase64: b64(PDF) };
    const [a, b] = await Promise.all([
      upload(c.front, teacherReportId, pdf),
      upload(c.front, teacherReportId, pdf),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    const list = await c.front.get(`/api/reports/${teacherReportId}/attachments`);
    expect(list.body.attachments.map((x: { fileName: string }) => x.fileName)).toEqual([
      'Notat fra lærer.txt',
      'Politiets rapport.pdf',
    ]);
  });

  it('refuses files that are not on the list, do not match their type, or are too large', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ fileName: 'program.exe', mediaType: 'application/x-msdownload', contentBase64: b64('MZ') }, 400],
      [{ fileName: 'billede.pdf', mediaType: 'image/png', contentBase64: b64(PNG) }, 400],
      [{ fileName: 'falsk.png', mediaType: 'image/png', contentBase64: b64('MZ\u0090\u0000') }, 400],
      [{ fileName: '../../etc/passwd.txt', mediaType: 'text/plain', contentBase64: b64('x') }, 400],
      [{ fileName: 'tom.txt', mediaType: 'text/plain', contentBase64: '' }, 400],
      [{ fileName: 'x.txt', mediaType: 'text/plain', contentBase64: 'ikke base64!' }, 400],
      [{ fileName: 'x.txt', mediaType: 'text/plain', contentBase64: b64('x'), path: '/tmp' }, 400],
      [
        {
          fileName: 'stor.pdf',
          mediaType: 'application/pdf',
          contentBase64: b64(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])),
        },
        413,
      ],
    ];
    for (const [body, status] of cases) {
      const res = await upload(c.teacher, teacherReportId, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.body.error.message).toMatch(/[a-zæøå]/);
    }
    const bad = await upload(c.teacher, teacherReportId, cases[0]?.[0] ?? {});
    expect(bad.body.error.message).toContain('PDF, JPEG, PNG');
    expect((await upload(c.front, randomUUID(), cases[0]?.[0] ?? {})).status).toBe(400);
    const missing = await upload(c.front, randomUUID(), {
      fileName: 'a.txt',
      mediaType: 'text/plain',
      contentBase64: b64('a'),
    });
    expect(missing.status).toBe(404);
  });
});

describe('who may attach, list and download', () => {
  it('lets only the creator and Front attach, audited when refused', async () => {
    const body = { fileName: 'b.png', mediaType: 'image/png', contentBase64: b64(PNG) };
    expect((await upload(c.pedagogue, teacherReportId, body)).status).toBe(403);
    expect((await upload(c.leader, teacherReportId, body)).status).toBe(403);
    const denied = (await auditOf('pedagogue')).find(
      (r) => r.entityType === 'report_attachment' && r.outcome === 'denied',
    );
    expect(denied).toMatchObject({ action: 'create' });
  });

  it('shows a professional reporter the names of their own files only, and never the content', async () => {
    const list = await c.teacher.get(`/api/reports/${teacherReportId}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.mayUpload).toBe(true);
    expect(list.body.attachments).toHaveLength(1);
    expect(list.body.attachments[0]).toMatchObject({ fileName: 'Notat fra lærer.txt', downloadable: false });
    const own = list.body.attachments[0].id;
    expect((await download('teacher', teacherReportId, own)).status).toBe(403);
    expect((await c.pedagogue.get(`/api/reports/${teacherReportId}/attachments`)).status).toBe(403);
    const rows = await auditOf('teacher');
    expect(
      rows.some(
        (r) => r.entityType === 'report_attachment' && r.action === 'read' && r.outcome === 'allowed',
      ),
    ).toBe(true);
    expect(rows.some((r) => r.entityId === own && r.outcome === 'denied')).toBe(true);
  });

  it('lets the readers of the report download it as an attachment, audited', async () => {
    const list = await c.leader.get(`/api/reports/${teacherReportId}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.mayUpload).toBe(false);
    const pdf = list.body.attachments.find((a: { mediaType: string }) => a.mediaType === 'application/pdf');
    expect(pdf.downloadable).toBe(true);
    const res = await download('leader', teacherReportId, pdf.id);
    expect(res.status).toBe(200);
    expect(res.bytes.equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Politiets rapport.pdf"; filename*=UTF-8''Politiets%20rapport.pdf`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = list.body.attachments.find((a: { mediaType: string }) => a.mediaType === 'text/plain');
    const note = await download('front', teacherReportId, text.id);
    expect(note.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Notat%20fra%20l%C3%A6rer.txt",
    );
    expect(note.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const read = (await auditOf('leader')).find((r) => r.entityId === pdf.id);
    expect(read).toMatchObject({ action: 'read', outcome: 'allowed', entityType: 'report_attachment' });
    // Outside the report's district: neither the list nor the file.
    expect((await c.caseworker2.get(`/api/reports/${teacherReportId}/attachments`)).status).toBe(403);
    expect((await download('caseworker2', teacherReportId, pdf.id)).status).toBe(403);
    expect((await download('front', teacherReportId, randomUUID())).status).toBe(404);
  });

  it('keeps a provisional report’s files with Front until the child is known', async () => {
    const created = await c.front.post('/api/reports', {
      idempotencyKey: randomUUID(),
      child: { name: 'Ukendt Vedhæftsen', birthDate: '2016-02-03' },
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
      acute: false,
      text: 'Politiet har været kaldt ud til adressen.',
    });
    const id = created.body.id;
    const res = await upload(c.front, id, {
      fileName: 'Døgnrapport.jpg',
      mediaType: 'image/jpeg',
      contentBase64: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])),
    });
    expect(res.status).toBe(201);
    expect(res.body.downloadable).toBe(true);
    expect((await c.leader.get(`/api/reports/${id}/attachments`)).status).toBe(403);
    expect((await download('front', id, res.body.id)).status).toBe(200);
  });
});
