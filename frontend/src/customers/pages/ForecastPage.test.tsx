import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../App';
import { routes } from '../../routes';
import { fakeServer, meAnswer } from '../../test/mockClient';

function renderForecast() {
  const server = fakeServer((name) => {
    if (name === 'Me') return meAnswer({ username: 'pm', roles: ['PRODUCT_MANAGER'], permissions: ['product:read', 'customer:read', 'report:read'] });
    if (name === 'DemandForecast') {
      return {
        data: {
          demandForecast: {
            __typename: 'DemandForecast',
            history: [],
            forecast: [],
            model: null,
            mape: null,
            baselineMape: null,
            message: '历史数据不足 12 个月，无法预测。',
          },
        },
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  render(
    <App router={createMemoryRouter(routes, { initialEntries: ['/customers/forecast'] })} createClient={server.createClient} initialLocale="zh-CN" />,
  );
  return server;
}

describe('forecast page', () => {
  it('asks for the chosen family, metric and horizon and shows why there is no forecast', async () => {
    const server = renderForecast();
    await screen.findByTestId('forecast-page');
    const horizon = screen.getByTestId('forecast-horizon');
    const input = horizon.tagName === 'INPUT' ? horizon : horizon.querySelector('input')!;
    fireEvent.change(input, { target: { value: '8' } });
    await userEvent.setup().click(screen.getByTestId('forecast-submit'));
    expect(await screen.findByTestId('forecast-message')).toHaveTextContent('历史数据不足 12 个月');
    expect(screen.getByTestId('forecast-mape')).toHaveTextContent('—');
    await waitFor(() =>
      expect(server.calls.find((c) => c.name === 'DemandForecast')?.variables).toEqual({
        family: 'DEPOSIT',
        productId: null,
        metric: 'COUNT',
        horizon: 8,
      }),
    );
  });

  it('keeps the horizon within 6–12 months', async () => {
    const server = renderForecast();
    await screen.findByTestId('forecast-page');
    const horizon = screen.getByTestId('forecast-horizon');
    const input = horizon.tagName === 'INPUT' ? horizon : horizon.querySelector('input')!;
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.blur(input);
    await userEvent.setup().click(screen.getByTestId('forecast-submit'));
    await waitFor(() => expect(server.calls.find((c) => c.name === 'DemandForecast')?.variables).toMatchObject({ horizon: 6 }));
  });
});
