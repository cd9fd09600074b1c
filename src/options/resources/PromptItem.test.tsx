// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptItem } from './PromptItem';

const ask = vi.fn();
// The real module opens the extension's messaging at import, which a test page does not have.
vi.mock('../../ui/background', () => ({
  ask: (...args: unknown[]) => ask(...args),
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  ask.mockReset();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const prompt = {
  name: 'args-prompt',
  title: 'Arguments Prompt',
  arguments: [
    { name: 'city', description: 'Name of the city', required: true },
    { name: 'state', required: false },
  ],
};

function show() {
  render(
    <ul>
      <PromptItem serverId="s1" prompt={prompt} />
    </ul>,
    root,
  );
  const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const type = async (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
  };
  return { input, type, submit };
}

describe('PromptItem', () => {
  it('labels each argument and says which are required', () => {
    const view = show();
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['city required', 'state optional']);
    const about = view.input('city').getAttribute('aria-describedby');
    expect(about && document.getElementById(about)?.textContent).toBe('Name of the city');
  });

  it('sends nothing while a required argument is empty, and says so next to it', async () => {
    const view = show();
    await view.type('state', 'Oregon');
    await view.submit();
    expect(ask).not.toHaveBeenCalled();
    const city = view.input('city');
    expect(city.getAttribute('aria-invalid')).toBe('true');
    const errorId = city.getAttribute('aria-describedby')?.split(' ').at(-1);
    expect(document.getElementById(errorId ?? '')?.textContent).toBe('Enter a value for city.');
    expect(document.activeElement).toBe(city);

    await view.type('city', 'Portland');
    expect(city.hasAttribute('aria-invalid')).toBe(false);
  });

  it('gets the prompt with the values given, leaving out empty optional ones, and shows its text', async () => {
    ask.mockResolvedValue({ text: "What's weather in Portland?" });
    const view = show();
    await view.type('city', 'Portland');
    await view.submit();
    await settle();
    expect(ask).toHaveBeenCalledWith('prompts.get', {
      serverId: 's1',
      name: 'args-prompt',
      arguments: { city: 'Portland' },
    });
    expect(root.querySelector('textarea')?.value).toBe("What's weather in Portland?");
  });

  it('shows the server’s refusal next to the prompt', async () => {
    ask.mockRejectedValue(new Error('the server answered with an error: Invalid city'));
    const view = show();
    await view.type('city', 'Atlantis');
    await view.submit();
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Could not get it: the server answered with an error: Invalid city',
    );
  });
});
