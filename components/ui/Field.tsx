import type { ComponentProps, ReactNode } from "react";

type Common = { label: string; name: string; error?: string; hint?: ReactNode };

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${
    error ? "border-red-600 focus:ring-red-500" : "border-slate-300 focus:ring-brand-600"
  }`;

function Described({ name, error, hint }: { name: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (name: string, error?: string, hint?: ReactNode) => (error ? `${name}-error` : hint ? `${name}-hint` : undefined);

/** A labelled input whose error is announced and linked with aria-describedby. */
export function TextField({ label, name, error, hint, ...rest }: Common & ComponentProps<"input">) {
  return (
    <div>
      <label htmlFor={rest.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={rest.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(rest.id ?? name, error, hint)}
        className={inputClass(error)}
        {...rest}
      />
      <Described name={rest.id ?? name} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  ...rest
}: Common & ComponentProps<"select"> & { options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={rest.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={rest.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(rest.id ?? name, error, hint)}
        className={inputClass(error)}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described name={rest.id ?? name} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ label, name, error, hint, ...rest }: Common & ComponentProps<"textarea">) {
  return (
    <div>
      <label htmlFor={rest.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={rest.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(rest.id ?? name, error, hint)}
        className={inputClass(error)}
        {...rest}
      />
      <Described name={rest.id ?? name} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, name, error, hint, ...rest }: Common & ComponentProps<"input">) {
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          id={rest.id ?? name}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(rest.id ?? name, error, hint)}
          className="h-4 w-4 rounded border-slate-400"
          {...rest}
        />
        <label htmlFor={rest.id ?? name} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <Described name={rest.id ?? name} error={error} hint={hint} />
    </div>
  );
}
