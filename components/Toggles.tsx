export interface ToggleState {
  highlight: boolean;
  cleanup: boolean;
}

export function Toggles({ toggles, onChange }: { toggles: ToggleState; onChange: (next: Partial<ToggleState>) => void }) {
  return (
    <fieldset class="toggles">
      <legend class="visually-hidden">Page</legend>
      <label>
        <input type="checkbox" checked={toggles.cleanup} onChange={(e) => onChange({ cleanup: e.currentTarget.checked })} />
        Clean up page
      </label>
      <label>
        <input type="checkbox" checked={toggles.highlight} onChange={(e) => onChange({ highlight: e.currentTarget.checked })} />
        Highlights
      </label>
    </fieldset>
  );
}
