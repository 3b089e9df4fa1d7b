import type { ComponentProps, ReactNode } from "react";

type Common = { label: string; name: string; error?: string; hint?: ReactNode };

const controlClass = (error?: string) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${
    error ? "border-red-600 focus:ring-red-500" : "border-slate-300 focus:ring-brand-600"
  }`;

/** The attributes that tie a control to its label, hint and error (announced via aria-describedby). */
function controlA11y(id: string, error?: string, hint?: ReactNode) {
  return {
    id,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

function HintAndError({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label above, control, then hint or error. `id` defaults to `name`; error ids are `${id}-error`. */
function Labelled({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

/** A labelled input whose error is announced and linked with aria-describedby. */
export function TextField({ label, name, error, hint, id = name, ...rest }: Common & ComponentProps<"input">) {
  return (
    <Labelled id={id} label={label} error={error} hint={hint}>
      <input name={name} className={controlClass(error)} {...controlA11y(id, error, hint)} {...rest} />
    </Labelled>
  );
}

export function SelectField({ label, name, error, hint, options, id = name, ...rest }: Common & ComponentProps<"select"> & { options: { value: string; label: string }[] }) {
  return (
    <Labelled id={id} label={label} error={error} hint={hint}>
      <select name={name} className={controlClass(error)} {...controlA11y(id, error, hint)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function TextAreaField({ label, name, error, hint, id = name, ...rest }: Common & ComponentProps<"textarea">) {
  return (
    <Labelled id={id} label={label} error={error} hint={hint}>
      <textarea name={name} className={controlClass(error)} {...controlA11y(id, error, hint)} {...rest} />
    </Labelled>
  );
}

export function CheckboxField({ label, name, error, hint, id = name, ...rest }: Common & ComponentProps<"input">) {
  return (
    <div>
      <div className="flex items-center gap-2">
        <input type="checkbox" name={name} className="h-4 w-4 rounded border-slate-400" {...controlA11y(id, error, hint)} {...rest} />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}
