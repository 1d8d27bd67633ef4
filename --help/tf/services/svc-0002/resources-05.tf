resource "aws_lambda_function" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 13677 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 60585 for benchmarks; mentions 0.0.0.0/0 only in text"
}

