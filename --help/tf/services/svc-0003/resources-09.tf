resource "aws_lambda_function" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 34740 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 57115 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r9_2" {
  name = "${local.name}-9-2"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 12630 for benchmarks; mentions 0.0.0.0/0 only in text"
}

