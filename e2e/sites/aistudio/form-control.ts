// The composer's state the way @angular/forms keeps it for `<textarea formControlName>`: a
// FormControl fed by DefaultValueAccessor. Angular is not a dependency here, so this mirrors the
// accessor's contract: the page's value changes only on the element's `input` event (read from
// `event.target.value`), and setValue writes the DOM property back (writeValue).

export class TextControl {
  private current = '';
  private readonly listeners = new Set<(value: string) => void>();

  constructor(private readonly element: HTMLTextAreaElement) {
    element.addEventListener('input', (event) => {
      this.update((event.target as HTMLTextAreaElement).value);
    });
  }

  /** The control's value; a DOM write that fired no `input` event is not in it. */
  get value(): string {
    return this.current;
  }

  /** Like FormControl.setValue: updates the model and writes it to the element. */
  setValue(value: string): void {
    this.element.value = value;
    this.update(value);
  }

  /** Like FormControl.valueChanges. */
  onChange(listener: (value: string) => void): void {
    this.listeners.add(listener);
  }

  private update(value: string): void {
    this.current = value;
    for (const listener of this.listeners) listener(value);
  }
}
