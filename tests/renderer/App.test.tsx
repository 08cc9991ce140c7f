import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';

describe('App', () => {
  it('shows the Tandem heading', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Tandem' })).toBeInTheDocument();
  });
});
