// A tiny static server for the embed tests' host pages, on a different origin than the app.
// usage: node e2e/host/serve.mjs HOST_PORT APP_PORT — pages may use {{APP}} for the app's origin
// and {{HOST}} for their own; {{SNIPPET}} is replaced by the raw `snippet` query parameter (paste.html:
// "a site owner pastes the builder's code"; this is a local test server, so raw HTML is the point).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const [hostPort = '4174', appPort = '4173'] = process.argv.slice(2)
const root = fileURLToPath(new URL('.', import.meta.url))
const app = `http://127.0.0.1:${appPort}`
const host = `http://localhost:${hostPort}`

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x')
  const path = url.pathname
  if (path === '/health') return res.end('ok')
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  if (!file.startsWith(root) || !file.endsWith('.html')) {
    res.statusCode = 404
    return res.end('not found')
  }
  try {
    const html = (await readFile(file, 'utf8')).replaceAll('{{APP}}', app).replaceAll('{{HOST}}', host).replace('{{SNIPPET}}', () => url.searchParams.get('snippet') ?? '')
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(html)
  } catch {
    res.statusCode = 404
    res.end('not found')
  }
}).listen(Number(hostPort), 'localhost')
