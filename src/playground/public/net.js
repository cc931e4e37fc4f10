// Talking to the playground API: JSON requests and the live event stream (Server-Sent Events).

/** Calls the API: GET without a body, POST with a JSON body. Throws an Error with the server's message on 4xx/5xx. */
export async function api(path, body) {
  const init = body === undefined
    ? { credentials: 'same-origin' }
    : { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`/playground/api/${path}`, init);
  let data = {};
  try {
    data = await response.json();
  } catch {
    data = {};
  }
  if (!response.ok) throw new Error(typeof data.error === 'string' ? data.error : `HTTP ${response.status}`);
  return data;
}

/** Opens the event stream; `handlers` has one function per event name, plus `open` and `error`. The browser reconnects by itself. */
export function listen(handlers) {
  const source = new EventSource('/playground/api/events');
  for (const name of ['hello', 'message', 'clock', 'state']) {
    source.addEventListener(name, (event) => {
      let data = {};
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      handlers[name]?.(data);
    });
  }
  source.addEventListener('open', () => handlers.open?.());
  source.addEventListener('error', () => handlers.error?.());
  return source;
}
