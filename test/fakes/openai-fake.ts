import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalHashEmbeddings } from '../../src/qa/local-embeddings.js';

export interface RecordedRequest {
  method: string;
  path: string;
  auth?: string;
  body: any;
}

/**
 * A fake OpenAI server on 127.0.0.1 speaking the real wire protocol for `/v1/embeddings`
 * (base64 little-endian float32, as @langchain/openai asks for) and `/v1/chat/completions`
 * (plain and streamed). Embeddings are real hashed vectors, so ranking through it is meaningful.
 */
export async function startOpenAIFake(opts: { dimensions?: number; chat?: (messages: any[]) => string } = {}) {
  const embedder = new LocalHashEmbeddings({ dimensions: opts.dimensions ?? 64 });
  const requests: RecordedRequest[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
    requests.push({ method: req.method!, path: req.url!, auth: req.headers.authorization, body });
    const json = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    if (req.method === 'POST' && req.url === '/v1/embeddings') {
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      const data = inputs.map((text, index) => {
        const v = embedder.embedSync(String(text));
        const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      });
      return json(200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } });
    }
    if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      const content = opts.chat ? opts.chat(body.messages) : 'ok';
      if (!body.stream) {
        return json(200, {
          id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        });
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const piece of content.match(/.{1,16}/gs) ?? []) {
        res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
      }
      res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      return res.end('data: [DONE]\n\n');
    }
    json(404, { error: { message: `no route ${req.method} ${req.url}` } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return {
    url,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
