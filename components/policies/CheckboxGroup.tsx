import type { UseFormRegisterReturn } from "react-hook-form";
import type { Option } from "@/lib/policies/field-options";

/** A labelled group of checkboxes sharing one field name (its value is the array of ticked options). */
export function CheckboxGroup({
  legend,
  name,
  options,
  hint,
  error,
  register,
}: {
  legend: string;
  name: string;
  options: Option[];
  hint?: string;
  error?: string;
  register: UseFormRegisterReturn;
}) {
  const describedBy = error ? `${name}-error` : hint ? `${name}-hint` : undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-slate-800">{legend}</legend>
      {hint && !error ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input type="checkbox" id={`${name}-${o.value}`} value={o.value} className="h-4 w-4 rounded border-slate-400" {...register} />
            <label htmlFor={`${name}-${o.value}`} className="text-sm text-slate-800">
              {o.label}
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
