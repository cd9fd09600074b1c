// Popup entry: renders the quick view of the user's servers.
import '../shared/zod-setup';
import { render } from 'preact';
import { ServerFeed } from '../ui/background';
import { Popup } from './Popup';

render(<Popup feed={new ServerFeed()} />, document.getElementById('app')!);
