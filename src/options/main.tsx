// Options page entry: renders the full configuration.
import '../shared/zod-setup';
import { render } from 'preact';
import { ServerFeed } from '../ui/background';
import { Options } from './Options';

render(<Options feed={new ServerFeed()} />, document.getElementById('app')!);
