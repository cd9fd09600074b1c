// One request to the background from an entry's button: whether it runs, its answer or its error.
import { useRef, useState } from 'preact/hooks';
import { errorText } from '../../ui/background';

export type RequestState<T> =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; value: T }
  | { phase: 'failed'; error: string };

export function useRequest<T>() {
  const [state, setState] = useState<RequestState<T>>({ phase: 'idle' });
  /** Only the latest request's outcome is shown, when the user presses again before it ends. */
  const latest = useRef(0);
  const run = async (request: () => Promise<T>) => {
    const id = ++latest.current;
    setState({ phase: 'running' });
    try {
      const value = await request();
      if (id === latest.current) setState({ phase: 'done', value });
    } catch (e) {
      if (id === latest.current) setState({ phase: 'failed', error: errorText(e) });
    }
  };
  const reset = () => {
    latest.current++;
    setState({ phase: 'idle' });
  };
  return { state, run, reset };
}
