// true: does nothing, successfully. Scripts use it as a condition.
int main(void)
{
    return 0;
}
